namespace MicroFuture.Bot.Tests.Teams;

/// <summary>The validator itself: a card Teams would reject is reported with a readable reason; a good card passes.</summary>
public sealed class AdaptiveCardValidatorTests
{
    private const string ValidCard = """
        {"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5",
         "body":[{"type":"TextBlock","text":"Hello","wrap":true},
                 {"type":"Input.Text","id":"name","label":"Name","isRequired":true,"errorMessage":"Name is needed."}],
         "actions":[{"type":"Action.Submit","title":"Send","data":{"command":"x","type":"free-form data is not checked"}},
                    {"type":"Action.Execute","title":"Run","verb":"run"}]}
        """;

    [Fact]
    public void Validate_ValidCard_NoErrors()
    {
        // Act
        var errors = AdaptiveCardValidator.Default.Validate(ValidCard);

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_UnknownElementType_NamesTheElement()
    {
        // Arrange
        var card = ValidCard.Replace("\"type\":\"TextBlock\"", "\"type\":\"Paragraph\"", StringComparison.Ordinal);

        // Act
        var errors = AdaptiveCardValidator.Default.Validate(card);

        // Assert
        Assert.Equal(["/body/0/type: unknown element or action type \"Paragraph\""], errors);
    }

    [Fact]
    public void Validate_ElementWithoutType_Rejected()
    {
        // Arrange
        const string card = """{"type":"AdaptiveCard","version":"1.5","body":[{"text":"no type"}]}""";

        // Act
        var errors = AdaptiveCardValidator.Default.Validate(card);

        // Assert
        Assert.Equal(["/body/0: Required properties [\"type\"] are not present"], errors);
    }

    [Fact]
    public void Validate_CardWithoutTypeOrVersion_BothReported()
    {
        // Arrange
        const string card = """{"body":[{"type":"TextBlock","text":"Hi"}]}""";

        // Act
        var errors = AdaptiveCardValidator.Default.Validate(card);

        // Assert
        Assert.Contains("/type: the top-level card must have \"type\": \"AdaptiveCard\"", errors);
        Assert.Contains("/version: the top-level card must have a version (\"1.5\" or lower)", errors);
    }

    [Fact]
    public void Validate_VersionAsNumber_Rejected()
    {
        // Arrange
        var card = ValidCard.Replace("\"version\":\"1.5\"", "\"version\":1.5", StringComparison.Ordinal);

        // Act
        var errors = AdaptiveCardValidator.Default.Validate(card);

        // Assert: our plain message and the schema's own type error
        Assert.Contains("/version: must be a version string such as \"1.5\", not 1.5", errors);
        Assert.Equal(2, errors.Count(error => error.StartsWith("/version: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Validate_Version16_RejectedBecauseTeamsStopsAt15()
    {
        // Arrange
        var card = ValidCard.Replace("\"version\":\"1.5\"", "\"version\":\"1.6\"", StringComparison.Ordinal);

        // Act
        var errors = AdaptiveCardValidator.Default.Validate(card);

        // Assert
        Assert.Equal(["/version: Teams renders Adaptive Cards up to 1.5, not 1.6"], errors);
    }

    [Fact]
    public void Validate_SchemaOnlyFaults_ReportedWithTheirLocation()
    {
        // Arrange: a size that does not exist, an image without url, an OpenUrl without url, an unknown property
        const string card = """
            {"type":"AdaptiveCard","version":"1.5",
             "body":[{"type":"TextBlock","text":"Bad","size":"Gigantic"},{"type":"Image"}],
             "actions":[{"type":"Action.OpenUrl","title":"No url"}],
             "colour":"red"}
            """;

        // Act
        var errors = AdaptiveCardValidator.Default.Validate(card);

        // Assert
        Assert.Contains(errors, error => error.StartsWith("/body/0/size:", StringComparison.Ordinal));
        Assert.Contains("/body/1: Required properties [\"url\"] are not present", errors);
        Assert.Contains("/actions/0: Required properties [\"url\"] are not present", errors);
        Assert.Contains("/colour: this property is not allowed here", errors);
        Assert.DoesNotContain(errors, error => error.Contains("[\"facts\"]", StringComparison.Ordinal)); // other element types' rules stay out
    }

    [Fact]
    public void Validate_NotJson_SaysSo()
    {
        // Act
        var errors = AdaptiveCardValidator.Default.Validate("{\"type\":");

        // Assert
        Assert.StartsWith("/: not JSON", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssertAllCardsValid_ConnectorReceivedAnInvalidCard_FailsNamingTheRequestAndError()
    {
        // Arrange: a reply carrying one valid and one invalid card, as the bot would post it
        await using var connector = await LoopbackConnector.StartAsync();
        using var http = new HttpClient();
        var reply = $$$"""
            {"type":"message","attachments":[
              {"contentType":"application/vnd.microsoft.card.adaptive","content":{{{ValidCard}}}},
              {"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Paragraph"}]}}]}
            """;
        await http.PostAsync(connector.ServiceUrl + "v3/conversations/a%3A1/activities", new StringContent(reply, System.Text.Encoding.UTF8, "application/json"));

        // Act
        var failure = Assert.Throws<InvalidCardException>(() => connector.AssertAllCardsValid());

        // Assert
        Assert.Contains("1 of 2 Adaptive Card(s)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("POST /v3/conversations/a:1/activities", failure.Message, StringComparison.Ordinal);
        Assert.Contains("/body/0/type: unknown element or action type \"Paragraph\"", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssertAllCardsValid_NoCardSent_Fails()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();

        // Act + Assert: "all cards valid" must not pass by having checked nothing
        Assert.Throws<InvalidCardException>(() => connector.AssertAllCardsValid());
    }
}
