using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MicroFuture.Bot.Tests.Proposals;

/// <summary>An exported .docx opened with the OpenXml SDK, as Word would read it.</summary>
internal sealed class WordDocument : IDisposable
{
    private readonly WordprocessingDocument document;

    public WordDocument(byte[] bytes)
    {
        document = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
    }

    public Body Body => document.MainDocumentPart!.Document!.Body!;

    public Styles Styles => document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;

    /// <summary>The schema errors, one line each (empty for a valid document).</summary>
    public IReadOnlyList<string> ValidationErrors() =>
        [.. new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}")];

    /// <summary>The texts of the body's paragraphs in this style, line breaks as "\n".</summary>
    public IReadOnlyList<string> ParagraphsInStyle(string styleId) =>
        [.. Body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == styleId).Select(Text)];

    /// <summary>Every text of the body, paragraphs separated by "\n" and line breaks kept as "\n".</summary>
    public string AllText() => string.Join("\n", Body.Descendants<Paragraph>().Select(Text));

    public static string Text(Paragraph paragraph) =>
        string.Concat(paragraph.Descendants().Select(e => e switch { Text t => t.Text, Break => "\n", _ => "" }));

    public void Dispose() => document.Dispose();
}
