using System.Globalization;
using System.Text.Json;
using MicroFuture.BotFramework.Dialogs;
using MicroFuture.BotFramework.Dialogs.Prompts;
using MicroFuture.BotFramework.Turns;

namespace MicroFuture.Bot.Proposals.Dialog;

/// <summary>
/// Waits on the review card: ends with <c>"export"</c>, or with a section key to edit (from the card's Edit button,
/// or typed as <c>edit 3</c> / <c>edit risks</c>).
/// </summary>
public sealed class ReviewPrompt(string id) : Prompt<string>(id)
{
    public const string Export = "export";

    protected override Task<PromptRecognition<string>> RecognizeAsync(ITurnContext turn, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = turn.Activity.Text?.Trim() ?? "";
        if (text.Equals(Export, StringComparison.OrdinalIgnoreCase) || text.Equals(ReviewCard.ExportCommand, StringComparison.OrdinalIgnoreCase))
        {
            return Found(Export);
        }
        if (text.Equals(ReviewCard.EditCommand, StringComparison.OrdinalIgnoreCase)
            && turn.Activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty("section", out var key) && key.ValueKind == JsonValueKind.String
            && ProposalSections.Find(key.GetString()!) is { } clicked)
        {
            return Found(clicked.Key);
        }
        if (text.StartsWith("edit ", StringComparison.OrdinalIgnoreCase) && Section(text[5..].Trim()) is { } typed)
        {
            return Found(typed.Key);
        }
        return Task.FromResult(PromptRecognition<string>.Failure("Press **Export**, or **Edit** under a section (or type `export`, or `edit 3`)."));
    }

    private static ProposalSection? Section(string said) =>
        int.TryParse(said, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= ProposalSections.All.Count
            ? ProposalSections.All[number - 1]
            : ProposalSections.Find(said) ?? ProposalSections.All.FirstOrDefault(s => s.Title.Equals(said, StringComparison.OrdinalIgnoreCase));

    private static Task<PromptRecognition<string>> Found(string value) => Task.FromResult(PromptRecognition<string>.Success(value));
}
