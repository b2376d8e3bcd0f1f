// HTML invoker commands (`<button commandfor="sheet" command="show-modal">`): they open and close
// a dialog before and without the app's script. React passes the attributes through as written.
import 'react';

declare module 'react' {
  interface ButtonHTMLAttributes<T> {
    command?: 'show-modal' | 'close' | 'request-close' | undefined;
    commandfor?: string | undefined;
  }
}
