using System;
using SkiaSharp;

namespace BwcFirmware.Drivers.Host.Camera
{
    /// <summary>
    /// The still part of the simulated scene, drawn once: sky, a street, building fronts and a fine texture so
    /// that JPEG frames come out at realistic sizes rather than the few KB of a flat picture.
    /// </summary>
    internal static class SceneBackground
    {
        public static SKBitmap Render(SKImageInfo info, Random random)
        {
            var bitmap = new SKBitmap(info);
            using var canvas = new SKCanvas(bitmap);
            using var paint = new SKPaint { IsAntialias = false };
            int w = info.Width;
            int h = info.Height;

            for (int y = 0; y < h / 2; y++)
            {
                paint.Color = new SKColor((byte)(90 + (y * 80 / h)), (byte)(130 + (y * 60 / h)), (byte)(200 - (y * 40 / h)));
                canvas.DrawRect(0, y, w, 1, paint);
            }

            int x = 0;
            while (x < w)
            {
                int width = random.Next(w / 10, w / 4);
                int top = random.Next(h / 8, h / 3);
                paint.Color = new SKColor((byte)random.Next(70, 170), (byte)random.Next(60, 150), (byte)random.Next(60, 140));
                canvas.DrawRect(x, top, width, (h / 2) - top, paint);
                paint.Color = new SKColor(230, 220, 150);
                for (int wy = top + 8; wy < (h / 2) - 12; wy += 18)
                {
                    for (int wx = x + 6; wx < x + width - 10; wx += 16)
                    {
                        if (random.Next(3) != 0)
                        {
                            canvas.DrawRect(wx, wy, 8, 10, paint);
                        }
                    }
                }

                x += width;
            }

            paint.Color = new SKColor(70, 70, 75);
            canvas.DrawRect(0, h / 2, w, h / 2, paint);

            canvas.Flush();

            // Grain, as a real sensor has: it gives the JPEG something to encode.
            Span<byte> pixels = bitmap.GetPixelSpan();
            int stride = bitmap.RowBytes;
            for (int y = 0; y < h; y += 2)
            {
                for (int gx = 0; gx < w; gx += 2)
                {
                    int n = random.Next(-18, 19);
                    for (int dy = 0; dy < 2 && y + dy < h; dy++)
                    {
                        for (int dx = 0; dx < 2 && gx + dx < w; dx++)
                        {
                            int at = ((y + dy) * stride) + ((gx + dx) * 4);
                            pixels[at] = Clamp(pixels[at] + n);
                            pixels[at + 1] = Clamp(pixels[at + 1] + n);
                            pixels[at + 2] = Clamp(pixels[at + 2] + n);
                        }
                    }
                }
            }

            bitmap.NotifyPixelsChanged();
            return bitmap;
        }

        private static byte Clamp(int value)
        {
            return (byte)Math.Clamp(value, 0, 255);
        }
    }
}
