"""The training screen: the course, its participants and the attendance grid."""
