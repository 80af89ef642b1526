"""KB Assist on the desktop: kbassist:// links, the running instance, the menu entry."""
