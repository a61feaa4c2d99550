using System.Text.Json;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.BotFramework.Dialogs.Prompts;

/// <summary>
/// Buttons as an Adaptive Card 1.5: one <c>Action.Submit</c> per choice whose data is <c>{"choice": value}</c>.
/// Teams sends the click back as a message with that object as <c>value</c> and no text.
/// </summary>
public static class ChoiceCard
{
    /// <summary>The data property that carries the chosen value.</summary>
    public const string ValueProperty = "choice";

    /// <summary>A card with one button per (title, value).</summary>
    public static Attachment Create(IEnumerable<(string Title, string Value)> buttons) => Attachment.AdaptiveCard(
        body: Array.Empty<object>(),
        actions: buttons.Select(button => new Dictionary<string, object>
        {
            ["type"] = "Action.Submit",
            ["title"] = button.Title,
            ["data"] = new Dictionary<string, string> { [ValueProperty] = button.Value },
        }).ToArray());

    /// <summary>The value a button click submitted, or null when the activity is not such a click.</summary>
    public static string? SubmittedValue(Activity activity) => activity.Value switch
    {
        { ValueKind: JsonValueKind.Object } value when value.TryGetProperty(ValueProperty, out var choice) && choice.ValueKind == JsonValueKind.String => choice.GetString(),
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        _ => null,
    };

    /// <summary>Adds the card to <paramref name="activity"/>.</summary>
    public static void AttachTo(Activity activity, IEnumerable<(string Title, string Value)> buttons)
    {
        activity.Attachments ??= [];
        activity.Attachments.Add(Create(buttons));
    }
}
