using System.Net;
using System.Net.Sockets;

namespace MicroFuture.Testing;

/// <summary>A TCP port on 127.0.0.1 that nothing listens on right now.</summary>
public static class LoopbackPort
{
    public static int GetFree()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
