"""Debt analysis screen: classified households, their reasons and sources of money, and charts."""
