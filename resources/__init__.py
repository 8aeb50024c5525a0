"""Icons (SVG) and translations shipped with Casebook, loaded with importlib.resources."""
