/**
 * Answers "is there a block boundary between these two offsets" for queries whose second
 * offset never decreases, by walking the text's '\n's once.
 */
export class BlockBreaks {
  private previous = -1;
  private next: number;
  constructor(private readonly text: string) {
    this.next = text.indexOf('\n');
  }
  between(from: number, to: number): boolean {
    while (this.next !== -1 && this.next < to) {
      this.previous = this.next;
      this.next = this.text.indexOf('\n', this.next + 1);
    }
    return this.previous >= from;
  }
}
