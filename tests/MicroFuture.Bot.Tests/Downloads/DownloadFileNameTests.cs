using MicroFuture.Bot.Downloads;

namespace MicroFuture.Bot.Tests.Downloads;

public sealed class DownloadFileNameTests
{
    [Theory]
    [InlineData("Proposal.docx", "Proposal.docx")]
    [InlineData("../../etc/passwd", "etcpasswd")]
    [InlineData("a\u0000b\r\n:c?.md", "abc.md")]
    [InlineData("  ...  ", "download")]
    [InlineData("Predlog – Srce Slovenije 🌍.docx", "Predlog – Srce Slovenije 🌍.docx")]
    public void Sanitize_Name_SafeFileName(string name, string expected)
    {
        // Act
        var sanitized = DownloadFileName.Sanitize(name);

        // Assert
        Assert.Equal(expected, sanitized);
    }

    [Fact]
    public void Sanitize_VeryLongName_ShortenedKeepingExtension()
    {
        // Act
        var sanitized = DownloadFileName.Sanitize(new string('x', 500) + ".docx");

        // Assert
        Assert.Equal(120, sanitized.Length);
        Assert.EndsWith("x.docx", sanitized);
    }
}
