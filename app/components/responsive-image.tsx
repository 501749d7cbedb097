import { useRouteLoaderData } from "@remix-run/react";
import { imageSrcSet, imageUrl, type StoredImage } from "~/modules/images/image-url";

/**
 * A stored image as <picture>: modern formats first, JPEG fallback, sized by `sizes`, with the
 * tiny placeholder painted underneath until the real image arrives. In data-saving mode, only the
 * smallest variant, in the lightest format stored.
 */
export function ResponsiveImage({
  image,
  alt,
  sizes,
  className,
  priority = false,
}: {
  image: StoredImage;
  alt: string;
  sizes: string;
  className?: string;
  priority?: boolean;
}) {
  const lite = useRouteLoaderData<{ lite?: boolean }>("root")?.lite ?? false;
  const fallbackFormat = image.formats.includes("jpeg") ? "jpeg" : (image.formats[0] ?? "jpeg");
  const common = {
    width: image.width,
    height: image.height,
    alt,
    loading: priority ? ("eager" as const) : ("lazy" as const),
    decoding: "async" as const,
    className,
    style: { backgroundImage: `url(${image.placeholder})`, backgroundSize: "cover" },
  };
  if (lite) {
    const format = ["avif", "webp"].find((f) => image.formats.includes(f)) ?? fallbackFormat;
    const smallest = Math.min(...image.widths, image.width);
    return <img src={imageUrl(image.storageKey, smallest, format)} {...common} />;
  }
  const modern = ["avif", "webp"].filter((f) => image.formats.includes(f) && f !== fallbackFormat);
  const fallbackWidth = [...image.widths].sort((a, b) => a - b)[
    Math.min(1, image.widths.length - 1)
  ];
  return (
    <picture>
      {modern.map((format) => (
        <source
          key={format}
          type={`image/${format}`}
          srcSet={imageSrcSet(image, format)}
          sizes={sizes}
        />
      ))}
      <img
        src={imageUrl(image.storageKey, fallbackWidth ?? image.width, fallbackFormat)}
        srcSet={imageSrcSet(image, fallbackFormat)}
        sizes={sizes}
        {...common}
      />
    </picture>
  );
}
