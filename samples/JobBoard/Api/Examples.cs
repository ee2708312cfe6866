using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace JobBoard.Api;

/// <summary>The example invitations of docs/examples, copied beside the application, for the card page's chooser.</summary>
internal static class Examples
{
    public static IResult List()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "examples");
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToArray() : [];
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartArray();
            foreach (var file in files)
            {
                writer.WriteStartObject();
                writer.WriteString("name", Path.GetFileNameWithoutExtension(file));
                writer.WritePropertyName("scenario");
                using (var document = JsonDocument.Parse(File.ReadAllBytes(file)))
                {
                    document.RootElement.WriteTo(writer);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Results.Bytes(stream.ToArray(), "application/json; charset=utf-8");
    }
}
