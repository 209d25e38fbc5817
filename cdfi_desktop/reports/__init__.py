"""Printed and spreadsheet outputs (reportlab PDFs, openpyxl workbooks): rows in, file out; no Qt widgets."""
