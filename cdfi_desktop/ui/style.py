"""The app's look: a calm, official style sheet readable on a 1366×768 laptop screen."""

from __future__ import annotations

STYLE_SHEET = """
QMainWindow, QWidget#central { background: #f4f6f8; }
QListWidget#navigation {
    background: #1f3a5f; color: #e8eef5; border: none; padding-top: 6px; outline: 0;
}
QListWidget#navigation::item { padding: 7px 12px; border-left: 4px solid transparent; }
QListWidget#navigation::item:selected { background: #2c5282; color: white; border-left: 4px solid #f6c344; }
QListWidget#navigation::item:hover:!selected { background: #27466f; }
QLabel#appTitle { color: white; font-size: 13pt; font-weight: 600; padding: 12px 12px 2px 12px; }
QLabel#appSubtitle { color: #b9c8da; padding: 0 12px 10px 12px; }
QWidget#sidebar { background: #1f3a5f; }
QToolButton#navigationToggle {
    color: #e8eef5; background: transparent; border: none; padding: 4px 10px; font-size: 13pt; font-weight: 600;
}
QToolButton#navigationToggle:hover { background: #27466f; }
QLabel#pageTitle { font-size: 15pt; font-weight: 600; color: #1f3a5f; }
QLabel#fiscalYear { color: #4a5568; font-size: 11pt; }
QLabel#instituteName { font-size: 14pt; font-weight: 600; color: #1a202c; }
QLabel#instituteArea, QLabel#pageSummary { color: #4a5568; font-size: 11pt; }
QLabel#sectionTitle { font-size: 12pt; font-weight: 600; color: #1f3a5f; margin-top: 6px; }
QLabel#plannedBadge {
    background: #fff7e0; color: #7a5b00; border: 1px solid #f0d58a; border-radius: 4px; padding: 6px 10px;
}
QFrame#card, QFrame#tile { background: white; border: 1px solid #dde3ea; border-radius: 6px; }
QLabel#tileValue { font-size: 15pt; font-weight: 600; color: #1f3a5f; }
QLabel#tileCaption { color: #4a5568; }
QTableWidget, QTableView { background: white; gridline-color: #e2e8f0; alternate-background-color: #f7fafc; }
QHeaderView::section { background: #e9eef4; padding: 4px 6px; border: none; border-right: 1px solid #d5dde7; }
QStatusBar { background: #e9eef4; color: #2d3748; }
QLabel#fieldProblem[state="error"] { color: #c53030; }
QLabel#fieldProblem[state="warning"] { color: #a05a00; }
QLineEdit[state="error"] { border: 1px solid #c53030; background: #fff5f5; }
QLineEdit[state="warning"] { border: 1px solid #dd8a00; background: #fffaf0; }
QStatusBar QLabel { padding: 0 8px; }
"""
