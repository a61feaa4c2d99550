using System.Globalization;

namespace MicroFuture.Bench;

/// <summary>Command line of the benchmark; every loop it drives is bounded by these numbers.</summary>
internal sealed record BenchOptions(int Conversations, int Turns, TimeSpan TurnTimeout, TimeSpan MaxDuration, string Storage)
{
    public const string Usage = "usage: MicroFuture.Bench [--conversations 50] [--turns 20] [--turn-timeout-seconds 10] [--max-seconds 300] [--storage Sqlite|Memory]";

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions(50, 20, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(300), "Sqlite");
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--conversations" => options with { Conversations = Positive(value, 10_000) },
                "--turns" => options with { Turns = Positive(value, 10_000) },
                "--turn-timeout-seconds" => options with { TurnTimeout = TimeSpan.FromSeconds(Positive(value, 600)) },
                "--max-seconds" => options with { MaxDuration = TimeSpan.FromSeconds(Positive(value, 3600)) },
                "--storage" => options with { Storage = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }
        return options;
    }

    /// <summary>A whole number from 1 to <paramref name="max"/>, or an ArgumentException saying so.</summary>
    internal static int Positive(string value, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 && number <= max
            ? number
            : throw new ArgumentException($"'{value}' is not a number from 1 to {max}.");
}
