; Inno Setup script for the Windows installer of LoyaltyDesk (Inno Setup 6).
; Built by .github/workflows/dist.yml on a Windows runner, after PyInstaller made
; dist\LoyaltyDesk\ from installer\loyaltydesk.spec:
;   iscc /DAppVersion=0.1.0 installer\loyaltydesk.iss
; It cannot be built or run on the Linux development machine (Inno Setup is Windows-only).
;
; Uninstalling removes the program's folder only. The club's data folder (database,
; backups, settings, logs: %LOCALAPPDATA%\LoyaltyDesk, or LOYALTYDESK_DATA_DIR) is never
; installed or deleted by this script, and the uninstaller says where it stays.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; The same id in every version: a new installer upgrades the installed copy in place.
AppId={{6B0C8E57-2D1F-4C7A-9E43-8A51F2C3D9B4}
AppName={cm:AppTitle}
AppVersion={#AppVersion}
AppVerName={cm:AppTitle} {#AppVersion}
AppPublisher=LoyaltyDesk
DefaultDirName={autopf}\LoyaltyDesk
DefaultGroupName={cm:AppTitle}
DisableProgramGroupPage=yes
; A counter PC's user can install it without an administrator; an administrator may still
; choose an install for all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=LoyaltyDesk-{#AppVersion}-windows-x64-setup
SetupIconFile=..\resources\icons\loyaltydesk.ico
UninstallDisplayIcon={app}\loyaltydeskw.exe
UninstallDisplayName={cm:AppTitle}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Inno Setup ships no Persian messages; the workflow fetches the community's Farsi.isl
; (jrsoftware/issrc, Files/Languages/Unofficial) next to this script.
#ifexist "Farsi.isl"
Name: "fa"; MessagesFile: "Farsi.isl"
#endif

[CustomMessages]
en.AppTitle=LoyaltyDesk — customer club
en.KeepData=The club's data (members, points, backups and settings) has been kept in:%n%n%1%n%nInstalling LoyaltyDesk again finds it there. Delete that folder yourself only if the club's records are no longer needed.
#ifexist "Farsi.isl"
fa.AppTitle=باشگاه مشتریان لویالتی‌دسک
fa.KeepData=اطلاعات باشگاه (اعضا، امتیازها، پشتیبان‌ها و تنظیمات) در این پوشه نگه داشته شد:%n%n%1%n%nاگر برنامه را دوباره نصب کنید، همان‌جا پیدایش می‌کند. این پوشه را فقط وقتی خودتان پاک کنید که دیگر به سوابق باشگاه نیازی ندارید.
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\LoyaltyDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{cm:AppTitle}"; Filename: "{app}\loyaltydeskw.exe"; IconFilename: "{app}\loyaltydeskw.exe"
Name: "{group}\{cm:UninstallProgram,{cm:AppTitle}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{cm:AppTitle}"; Filename: "{app}\loyaltydeskw.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\loyaltydeskw.exe"; Description: "{cm:LaunchProgram,{cm:AppTitle}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: nothing outside {app} is removed.

[Code]
function DataFolder(): String;
begin
  Result := GetEnv('LOYALTYDESK_DATA_DIR');
  if Result = '' then
    Result := ExpandConstant('{localappdata}\LoyaltyDesk');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataFolder()) and not UninstallSilent() then
    MsgBox(FmtMessage(CustomMessage('KeepData'), [DataFolder()]), mbInformation, MB_OK);
end;
