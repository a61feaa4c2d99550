using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Identity;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace MicroFuture.Bot.Knowledge.Answers;

/// <summary>
/// The grounded generator when <c>AzureOpenAI:Endpoint</c> and <c>AzureOpenAI:Deployment</c> are set, else none
/// (the embedded extractive answers). Built once, on first use.
/// </summary>
public sealed class AnswerGeneration(IOptions<AzureOpenAIOptions> options)
{
    private readonly Lazy<GroundedAnswerGenerator?> _generator = new(() => Create(options.Value));

    public GroundedAnswerGenerator? Generator => _generator.Value;

    private static GroundedAnswerGenerator? Create(AzureOpenAIOptions settings)
    {
        if (!settings.IsConfigured)
        {
            return null;
        }
        var clientOptions = new AzureOpenAIClientOptions
        {
            NetworkTimeout = settings.Timeout,
            // No retries: a 429 or a slow model falls back to the extractive answer at once instead of keeping the user waiting.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        };
        var endpoint = new Uri(settings.Endpoint!);
        var client = string.IsNullOrWhiteSpace(settings.ApiKey)
            ? new AzureOpenAIClient(endpoint, new DefaultAzureCredential(), clientOptions)
            : new AzureOpenAIClient(endpoint, new ApiKeyCredential(settings.ApiKey), clientOptions);
        return new GroundedAnswerGenerator(client.GetChatClient(settings.Deployment).AsIChatClient(), settings.Timeout);
    }
}
