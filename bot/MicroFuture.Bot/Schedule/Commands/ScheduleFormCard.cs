using System.Text.Json;
using System.Text.Json.Nodes;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.Bot.Schedule.Commands;

/// <summary>The Adaptive Card 1.5 form that <c>schedule</c> without arguments shows, and reading its submission.</summary>
public static class ScheduleFormCard
{
    public const string Command = "schedule-form";

    public static Attachment Create(IReadOnlyList<PartnerOrganisation> partners, string defaultZone)
    {
        var zones = partners.Select(p => p.TimeZone).Append(defaultZone).Append("Europe/Brussels").Append("UTC")
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var audiences = new[] { ("Everyone", "everyone"), ("This channel", "this channel") }
            .Concat(partners.Select(p => (p.Name, p.Name)));
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = "Schedule a meeting", ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
            Text("title", "Title", "Steering group call", ScheduleValidator.MaxTitleLength, required: true),
            new JsonObject { ["type"] = "Input.Date", ["id"] = "date", ["label"] = "Date", ["isRequired"] = true, ["errorMessage"] = "Choose the date." },
            new JsonObject { ["type"] = "Input.Time", ["id"] = "time", ["label"] = "Start time", ["isRequired"] = true, ["errorMessage"] = "Choose the time." },
            Choices("zone", "Time zone", zones.Select(z => (z, z)), defaultZone),
            Text("duration", "Duration (e.g. 1h, 90m, 1h30m)", "1h", 10),
            Text("place", "Place or link", "https://... or a venue", ScheduleValidator.MaxPlaceLength),
            Text("reminders", "Reminders before the start (e.g. 1d 1h 15m)", "1d 1h 15m", 100),
            Choices("audience", "Remind", audiences, "everyone"),
        };
        var actions = new JsonArray
        {
            new JsonObject { ["type"] = "Action.Submit", ["title"] = "Schedule", ["data"] = new JsonObject { ["command"] = Command } },
        };
        return Attachment.AdaptiveCard(body, actions);
    }

    /// <summary>Whether an activity value (or an invoke's action data) is this form's submission.</summary>
    public static bool IsSubmission(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("command", out var command)
        && command.ValueKind == JsonValueKind.String
        && command.GetString() == Command;

    /// <summary>The submitted fields as a draft (missing ones are empty, so the validator names them).</summary>
    public static ScheduleDraft ReadDraft(JsonElement data) => new()
    {
        Title = Field(data, "title") ?? "",
        Date = Field(data, "date") ?? "",
        Time = Field(data, "time") ?? "",
        Zone = Field(data, "zone"),
        Duration = Field(data, "duration"),
        Place = Field(data, "place"),
        Reminders = (Field(data, "reminders") ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries),
        Audience = Field(data, "audience"),
    };

    private static string? Field(JsonElement data, string name) =>
        data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : null;

    private static JsonObject Text(string id, string label, string placeholder, int maxLength, bool required = false)
    {
        var input = new JsonObject { ["type"] = "Input.Text", ["id"] = id, ["label"] = label, ["placeholder"] = placeholder, ["maxLength"] = maxLength };
        if (required)
        {
            input["isRequired"] = true;
            input["errorMessage"] = $"{label} is needed.";
        }
        return input;
    }

    private static JsonObject Choices(string id, string label, IEnumerable<(string Title, string Value)> choices, string value)
    {
        var list = new JsonArray();
        foreach (var (title, choice) in choices)
        {
            list.Add(new JsonObject { ["title"] = title, ["value"] = choice });
        }
        return new JsonObject { ["type"] = "Input.ChoiceSet", ["id"] = id, ["label"] = label, ["style"] = "compact", ["value"] = value, ["choices"] = list };
    }
}
