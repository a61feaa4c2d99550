namespace MicroFuture.Bot.Knowledge.Index;

/// <summary>Vectors keyed by the hash of the text they encode, in a small binary file.</summary>
internal static class VectorFile
{
    private const int FormatVersion = 1;

    public static List<(string Key, float[] Vector)>? TryRead(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path));
            if (reader.ReadInt32() != FormatVersion)
            {
                return null;
            }
            var count = reader.ReadInt32();
            var entries = new List<(string, float[])>(count);
            for (var i = 0; i < count; i++)
            {
                var key = reader.ReadString();
                var vector = new float[reader.ReadInt32()];
                for (var j = 0; j < vector.Length; j++)
                {
                    vector[j] = reader.ReadSingle();
                }
                entries.Add((key, vector));
            }
            return entries;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A truncated file (the process stopped while writing) is rebuilt, never trusted.
            return null;
        }
    }

    /// <summary>Writes beside the target, then renames: a reader never sees half a file.</summary>
    public static void Write(string path, IReadOnlyCollection<(string Key, float[] Vector)> entries)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        using (var writer = new BinaryWriter(File.Create(temporary)))
        {
            writer.Write(FormatVersion);
            writer.Write(entries.Count);
            foreach (var (key, vector) in entries)
            {
                writer.Write(key);
                writer.Write(vector.Length);
                foreach (var value in vector)
                {
                    writer.Write(value);
                }
            }
        }
        File.Move(temporary, path, overwrite: true);
    }
}
