"""The Institute screen: details and area, committee, member funds with their bylaws, program activities."""
