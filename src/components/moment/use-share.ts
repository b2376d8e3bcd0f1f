import { useCallback, useEffect, useState } from 'react';

export interface ShareData {
  title: string;
  text: string;
  url: string;
}

const TOAST_MS = 4000;

/**
 * Shares through the Web Share API where the browser has it; elsewhere copies the address and
 * says so. `message` is what to announce, cleared after a few seconds.
 */
export function useShare() {
  const [message, setMessage] = useState('');

  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(''), TOAST_MS);
    return () => clearTimeout(timer);
  }, [message]);

  const share = useCallback(async (data: ShareData) => {
    if (typeof navigator.share === 'function' && navigator.canShare?.(data) !== false) {
      try {
        await navigator.share(data);
        return;
      } catch (error) {
        // The person closed the share sheet: nothing to say.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(data.url);
      setMessage('Link copied to the clipboard');
    } catch {
      setMessage(`Copy this link: ${data.url}`);
    }
  }, []);

  return { share, message };
}
