using System.Text;
using System.Xml;

namespace MicroFuture.Bot.Proposals.Export;

/// <summary>Removes what an XML 1.0 document cannot contain (control characters, lone surrogates).</summary>
public static class XmlText
{
    public static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
