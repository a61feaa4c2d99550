namespace MicroFuture.Testing;

/// <summary>Thrown by <see cref="LoopbackConnector.AssertAllCardsValid"/> when a card the bot sent is not valid Adaptive Cards 1.5.</summary>
public sealed class InvalidCardException(string message) : Exception(message);
