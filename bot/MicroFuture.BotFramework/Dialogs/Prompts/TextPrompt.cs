using MicroFuture.BotFramework.Turns;

namespace MicroFuture.BotFramework.Dialogs.Prompts;

/// <summary>
/// Asks for free text and ends with it verbatim (not trimmed, emoji and any script kept). A message without text
/// (e.g. a card click) is refused. Length and emptiness rules go in the validator.
/// </summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override Task<PromptRecognition<string>> RecognizeAsync(ITurnContext turn, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(turn.Activity.Text is { } text ? PromptRecognition<string>.Success(text) : PromptRecognition<string>.Failure());
}
