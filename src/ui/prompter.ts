// The questions rel asks on a terminal, behind a small interface so commands do not see inquirer.
export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
}

export interface Prompter {
  input(message: string, options?: { default?: string; required?: boolean; validate?: (value: string) => string | true | Promise<string | true> }): Promise<string>;
  select<T>(message: string, choices: Array<Choice<T>>): Promise<T>;
  /** `hint`: a line under what is typed (why it offers no new person, say), or undefined for none. */
  search<T>(message: string, source: (term: string) => Array<Choice<T>>, options?: { hint?: (term: string) => string | undefined }): Promise<T>;
  confirm(message: string, defaultValue?: boolean): Promise<boolean>;
}
