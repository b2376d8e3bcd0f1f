import { useEffect } from 'react';
import { useNavigate, type Location } from 'react-router';
import { folderPathname } from '../paths';

/**
 * `/moments/<slug>/index.html` and `/index.html?person=rema` show what their folder address shows,
 * and the address bar then says the folder address: replaced, not pushed, with no reload.
 */
export function useFolderAddress(location: Location): Location {
  const navigate = useNavigate();
  const pathname = folderPathname(location.pathname);
  const moved = pathname !== location.pathname;
  const { search, hash, state } = location;
  useEffect(() => {
    if (moved) void navigate({ pathname, search, hash }, { replace: true, state, preventScrollReset: true });
  }, [moved, pathname, search, hash, state, navigate]);
  return moved ? { ...location, pathname } : location;
}
