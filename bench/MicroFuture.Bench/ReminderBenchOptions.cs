namespace MicroFuture.Bench;

/// <summary>Command line of the <c>reminders</c> mode: M meetings, each reminding the same N personal chats at the same instant.</summary>
internal sealed record ReminderBenchOptions(int Meetings, int Conversations, double TenantPerSecond, TimeSpan Lead, TimeSpan MaxDuration)
{
    public const string Usage = "usage: MicroFuture.Bench reminders [--meetings 10] [--conversations 1000] [--tenant-per-second 30] [--lead-seconds 20] [--max-seconds 900]";

    public int Expected => Meetings * Conversations;

    public static ReminderBenchOptions Parse(string[] args)
    {
        var options = new ReminderBenchOptions(10, 1000, 30, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(900));
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--meetings" => options with { Meetings = BenchOptions.Positive(value, 1_000) },
                "--conversations" => options with { Conversations = BenchOptions.Positive(value, 100_000) },
                "--tenant-per-second" => options with { TenantPerSecond = BenchOptions.Positive(value, 1_000_000) },
                "--lead-seconds" => options with { Lead = TimeSpan.FromSeconds(BenchOptions.Positive(value, 600)) },
                "--max-seconds" => options with { MaxDuration = TimeSpan.FromSeconds(BenchOptions.Positive(value, 7200)) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }
        return options;
    }
}
