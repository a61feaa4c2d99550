using MicroFuture.BotFramework.State;

namespace MicroFuture.Bot.Tests.Storage;

public sealed class MemoryStorageContractTests : StorageContract
{
    private readonly MemoryStorage _storage = new();

    protected override IStorage Storage => _storage;

    // One process holds the only copy: the second "instance" is the same store.
    protected override IStorage OpenSecondInstance() => _storage;
}
