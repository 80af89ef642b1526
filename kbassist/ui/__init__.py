"""Qt user interface: widgets, models and actions over the headless core."""
