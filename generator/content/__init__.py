"""Reading and checking content/: the one walk of the folder, YAML and CSV loading with
file:line:column, the file schemas (records), problems and their report, the checks across
files.

See ARCHITECTURE.md for the map."""
