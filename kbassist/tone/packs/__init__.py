"""Built-in tone rule packs, one YAML file per language."""
