"""The printouts' data built from the database: each function takes a session and returns the plain data of one
printout (a ``reports/*_data.py`` class), which the writers in ``reports/`` turn into PDF and Excel files."""
