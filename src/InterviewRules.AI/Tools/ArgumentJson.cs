using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace InterviewRules.Tools;

/// <summary>
/// Turns a call's arguments into one JSON object, whatever shape the caller used: <see cref="JsonElement"/>s from an
/// MCP request or a model's parsed arguments, <see cref="JsonNode"/>s, or plain values a scripted caller passes.
/// Written with <see cref="Utf8JsonWriter"/> only: no reflection-based serialization.
/// </summary>
internal static class ArgumentJson
{
    private const int MaxDepth = 64;

    public static JsonDocument FromElements(IEnumerable<KeyValuePair<string, JsonElement>>? arguments, List<string> errors)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in arguments ?? [])
            {
                if (value.ValueKind == JsonValueKind.Undefined)
                {
                    continue;
                }

                writer.WritePropertyName(name);
                value.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return Parse(buffer, errors);
    }

    public static JsonDocument FromValues(IEnumerable<KeyValuePair<string, object?>> arguments, List<string> errors)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in arguments)
            {
                writer.WritePropertyName(name);
                WriteValue(writer, value, "$." + name, errors, 0);
            }

            writer.WriteEndObject();
        }

        return Parse(buffer, errors);
    }

    private static JsonDocument Parse(MemoryStream buffer, List<string> errors)
    {
        try
        {
            return JsonDocument.Parse(buffer.ToArray(), new JsonDocumentOptions { MaxDepth = MaxDepth + 2 });
        }
        catch (JsonException)
        {
            errors.Add($"$: the arguments nest deeper than {MaxDepth} levels; no argument of these tools is that deep.");
            return JsonDocument.Parse("{}");
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value, string path, List<string> errors, int depth)
    {
        if (depth > MaxDepth)
        {
            errors.Add($"{path}: the value nests deeper than {MaxDepth} levels; no argument of these tools is that deep.");
            writer.WriteNullValue();
            return;
        }

        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonElement { ValueKind: JsonValueKind.Undefined }:
                writer.WriteNullValue();
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case JsonDocument document:
                document.RootElement.WriteTo(writer);
                break;
            case JsonNode node:
                node.WriteTo(writer);
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int or long or short or sbyte or byte or uint or ulong or ushort or decimal:
                writer.WriteRawValue(Convert.ToString(value, CultureInfo.InvariantCulture)!, skipInputValidation: false);
                break;
            case double or float:
                var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                if (double.IsFinite(number))
                {
                    writer.WriteNumberValue(number);
                }
                else
                {
                    errors.Add($"{path}: {number.ToString(CultureInfo.InvariantCulture)} is not a finite number; JSON has no such value.");
                    writer.WriteNullValue();
                }

                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                foreach (var (name, item) in map)
                {
                    writer.WritePropertyName(name);
                    WriteValue(writer, item, $"{path}.{name}", errors, depth + 1);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                var index = 0;
                foreach (var item in list)
                {
                    WriteValue(writer, item, $"{path}[{index++}]", errors, depth + 1);
                }

                writer.WriteEndArray();
                break;
            default:
                errors.Add($"{path}: a value of type {value.GetType().Name} cannot be read as JSON; pass JSON (JsonElement, JsonNode) or plain strings, numbers, booleans, lists and dictionaries.");
                writer.WriteNullValue();
                break;
        }
    }
}
