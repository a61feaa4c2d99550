using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MicroFuture.Bot.Knowledge.Answers;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.Bot.Knowledge.Presentation;

/// <summary>
/// An answer as a Teams message: the text with <c>[n]</c> markers and a readable source list (Web Chat shows no
/// citation UI), the citations as one schema.org Message entity, the AI label only on generated answers, and the
/// feedback buttons on.
/// </summary>
public static class AnswerMessage
{
    public const string GenerationUnavailable = "Generated answer unavailable; showing the passages.";

    public static Activity Create(Activity inbound, KnowledgeAnswer answer)
    {
        var reply = inbound.CreateReply(Text(answer));
        reply.TextFormat = "markdown";
        // Teams links a citation to its [n] in the text; one the text never refers to would dangle.
        var referenced = answer.Citations.Where(c => answer.Text.Contains($"[{c.Number}]", StringComparison.Ordinal)).ToList();
        var generated = answer.Kind == AnswerKind.Generated;
        if (referenced.Count > 0 || generated)
        {
            reply.Entities = [CitationEntity.Create(referenced, aiGenerated: generated)];
        }
        // feedbackLoopEnabled is what the Teams AI library sets; feedbackLoop is the current documented form.
        reply.ChannelData = JsonSerializer.SerializeToElement(new JsonObject
        {
            ["feedbackLoopEnabled"] = true,
            ["feedbackLoop"] = new JsonObject { ["type"] = "default" },
        });
        return reply;
    }

    private static string Text(KnowledgeAnswer answer)
    {
        var text = new StringBuilder();
        // A generated answer is already in the partner's language; a quoted one is in the knowledge's English.
        var note = answer.Kind switch
        {
            AnswerKind.Extractive => PartnerLanguageNotes.Answered(answer.Language),
            AnswerKind.Abstained => PartnerLanguageNotes.NotCovered(answer.Language),
            _ => null,
        };
        if (note is not null)
        {
            text.Append(note).Append("\n\n");
        }
        if (answer.GenerationFailed)
        {
            text.Append('_').Append(GenerationUnavailable).Append("_\n\n");
        }
        text.Append(answer.Text);
        if (answer.Citations.Count > 0)
        {
            text.Append("\n\n**Sources**");
            foreach (var citation in answer.Citations)
            {
                text.Append("\n\n[").Append(citation.Number).Append("] ").Append(citation.Title).Append(" — ").Append(citation.Heading).Append(": ")
                    .Append(string.Join("; ", citation.Sources.Select(s => $"{s.Url} (read {s.Read.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})")));
            }
        }
        return text.ToString();
    }
}
