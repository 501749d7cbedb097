import type { Config } from "tailwindcss";

export default {
  content: ["./app/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        // Osing batik palette: deep indigo, sogan brown, leaf green.
        brand: {
          50: "#f1f7f3",
          100: "#dcebe1",
          600: "#1f6b45",
          700: "#17573a",
          800: "#12452e",
          900: "#0d3322",
        },
        sogan: {
          100: "#f5ebdd",
          600: "#8a5a2b",
          700: "#6f4721",
        },
      },
      fontFamily: {
        sans: ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Noto Sans", "sans-serif"],
      },
    },
  },
  plugins: [],
} satisfies Config;
