"""Printed documents (reportlab, qrcode, python-barcode): membership cards, card sheets,
thank-you notes, slips and coupons, as PDFs. Takes read models, returns documents; sending
them somewhere is the devices layer's job."""
