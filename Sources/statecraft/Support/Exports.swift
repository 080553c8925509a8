// The query answers and their JSON contracts live in StatecraftQueries (shared with the explorer);
// every command sees them as before.
@_exported import StatecraftQueries
