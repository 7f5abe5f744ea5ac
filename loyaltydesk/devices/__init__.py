"""Where documents go: the system print queue (Qt) and ESC/POS thermal printers."""
