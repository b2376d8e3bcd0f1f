/** The credits. `className` places it (by default, centred like the header). */
export function SiteFooter({ className = 'mx-auto w-full max-w-7xl px-4 sm:px-6 lg:px-8' }: { className?: string }) {
  return (
    <footer className={`py-10 text-xs text-white/60 ${className}`}>
      <p>
        Captions from “19 Extremely Pure Things That Happened At The 2023 Video Music Awards” by Jen Abidor,
        BuzzFeed. The artwork is generated; each moment credits the photographer of the original photo.
      </p>
    </footer>
  );
}
