"""The registers screen: households and all their debts, their editors, workbook import and export."""
