using BigGustave;

namespace MicroFuture.Bot.Teams;

/// <summary>The icon rules Teams enforces at upload, which the manifest schema does not check.</summary>
public static class IconCheck
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Full-colour icon: a 192×192 PNG.</summary>
    public static IEnumerable<string> Color(string path) => Check(path, 192, outline: false);

    /// <summary>Outline icon: a 32×32 PNG, white on a transparent background.</summary>
    public static IEnumerable<string> Outline(string path) => Check(path, 32, outline: true);

    private static IEnumerable<string> Check(string path, int size, bool outline)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            return [$"{name} is missing from {Path.GetDirectoryName(path)}"];
        }
        var bytes = File.ReadAllBytes(path);
        if (!bytes.AsSpan().StartsWith(PngSignature))
        {
            return [$"{name} is not a PNG file (no PNG signature)"];
        }

        Png png;
        try
        {
            png = Png.Open(bytes);
        }
        // What BigGustave throws for truncated or corrupt data (checked against it), besides zlib's InvalidDataException.
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or InvalidDataException or NotSupportedException)
        {
            return [$"{name} is not a readable PNG: {e.Message}"];
        }

        var problems = new List<string>();
        if (png.Width != size || png.Height != size)
        {
            problems.Add($"{name} is {png.Width}×{png.Height} pixels; Teams needs exactly {size}×{size}");
        }
        if (outline)
        {
            problems.AddRange(OutlineProblems(png, name));
        }
        return problems;
    }

    private static IEnumerable<string> OutlineProblems(Png png, string name)
    {
        // Colour types 4 and 6 (grey or RGB with alpha): a palette with tRNS is not what Teams asks for.
        if (!png.Header.ColorType.HasFlag(ColorType.AlphaChannelUsed))
        {
            return [$"{name} has no alpha channel (PNG colour type {(byte)png.Header.ColorType}); Teams needs white on transparent (colour type 4 or 6)"];
        }
        var coloured = 0;
        for (var y = 0; y < png.Height; y++)
        {
            for (var x = 0; x < png.Width; x++)
            {
                var pixel = png.GetPixel(x, y);
                if (pixel.A > 0 && (pixel.R, pixel.G, pixel.B) != (255, 255, 255))
                {
                    coloured++;
                }
            }
        }
        return coloured == 0 ? [] : [$"{name} has {coloured} visible pixels that are not white; Teams needs white on transparent"];
    }
}
