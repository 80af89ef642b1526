"""The facility finder: place in, nearest facilities and their hours out, and the card."""
