using MicroFuture.Bot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddMicroFuture();

var app = builder.Build();
app.MapMicroFuture();
app.Run();

/// <summary>Visible to the tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
