/// Namespace placeholder; replaced as the target grows.
public enum StatecraftStoreModule {}
