// The query answers and their JSON contracts live in StatecraftQueries (shared with the explorer);
// every command sees them as before.
@_exported import StatecraftQueries
// What statecraft shares with statecraft-bench: errors, the checked standard output and its `print`,
// the entry point, --dictionary, --lexicon, the syntax stage's configuration.
@_exported import StatecraftCommandSupport
