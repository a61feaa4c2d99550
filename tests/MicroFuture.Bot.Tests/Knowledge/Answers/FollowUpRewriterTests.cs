using MicroFuture.Bot.Knowledge.Answers;

namespace MicroFuture.Bot.Tests.Knowledge.Answers;

public sealed class FollowUpRewriterTests
{
    private readonly FollowUpRewriter _rewriter = new(new CountryMentions(Answerers.Directory()));

    [Theory]
    [InlineData("How does Italy's microcredit law limit loan size?", "and in Sweden?", "How does Sweden's microcredit law limit loan size?")]
    [InlineData("How does Italy's microcredit law limit loan size?", "what about France?", "How does France's microcredit law limit loan size?")]
    [InlineData("What was the Italian partner's starting point?", "and the Slovenian partner?", "What was the Slovenian partner's starting point?")]
    [InlineData("What policy instrument does Metropolitan City of Bologna address?", "and the Swedish partner?", "What policy instrument does Region Örebro County address?")]
    [InlineData("What counts as microcredit in the EU?", "and the code of good conduct?", "What counts as microcredit in the EU code of good conduct?")]
    [InlineData("Qual è l'importo massimo del microcredito in Italia?", "E in Svezia?", "Qual è l'importo massimo del microcredito in Sweden?")]
    [InlineData("Quel est le plafond du microcrédit professionnel en France ?", "et en Roumanie ?", "Quel est le plafond du microcrédit professionnel en Romania ?")]
    [InlineData("Kakšni so pogoji mikrokreditov v Sloveniji?", "Kaj pa v Franciji?", "Kakšni so pogoji mikrokreditov v France?")]
    [InlineData("Vad är gränsen för mikrolån i Sverige?", "och i Italien?", "Vad är gränsen för mikrolån i Italy?")]
    [InlineData("Ce lege reglementează microcreditul în România?", "Și în Franța?", "Ce lege reglementează microcreditul în France?")]
    public void Rewrite_ShortFollowUp_CombinesItWithThePreviousQuestion(string previous, string followUp, string expected)
    {
        Assert.Equal(expected, _rewriter.Rewrite(followUp, previous));
    }

    [Theory]
    [InlineData("What counts as microcredit in the EU?", "What did the partners agree at the Kamnik meeting in May 2025?")]
    [InlineData("What counts as microcredit in the EU?", "In which year was Adie founded?")]
    [InlineData(null, "and in Sweden?")]
    [InlineData("What counts as microcredit in the EU?", "E-commerce microloans in France?")]
    public void Rewrite_WholeQuestionOrNoPrevious_KeepsTheQuestion(string? previous, string question)
    {
        Assert.Equal(question, _rewriter.Rewrite(question, previous));
    }
}
