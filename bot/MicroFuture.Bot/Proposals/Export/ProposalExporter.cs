using MicroFuture.Bot.Downloads;

namespace MicroFuture.Bot.Proposals.Export;

/// <summary>The document formats a proposal is exported to.</summary>
public enum ProposalExportFormat
{
    Docx,
    Markdown,
}

/// <summary>Writes a proposal in a format and stores it behind a download link owned by the draft's author.</summary>
public sealed class ProposalExporter(DownloadStore downloads)
{
    public Task<DownloadLink> ExportAsync(ProposalDraft draft, ProposalExportFormat format, CancellationToken cancellationToken = default)
    {
        var (bytes, contentType, extension) = format switch
        {
            ProposalExportFormat.Markdown => (ProposalMarkdownWriter.WriteBytes(draft), ProposalMarkdownWriter.ContentType, ProposalMarkdownWriter.Extension),
            _ => (ProposalDocxWriter.Write(draft), ProposalDocxWriter.ContentType, ProposalDocxWriter.Extension),
        };
        return downloads.CreateAsync(FileName(draft, extension), contentType, bytes, draft.OwnerId, cancellationToken: cancellationToken);
    }

    /// <summary>The draft's name (or the default title) as a file name with this extension.</summary>
    public static string FileName(ProposalDraft draft, string extension) =>
        DownloadFileName.Sanitize((string.IsNullOrWhiteSpace(draft.Name) ? ProposalOutline.DefaultTitle : draft.Name.Trim()) + extension);
}
