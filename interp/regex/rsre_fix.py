"""A fix for rsre_core (rpython 0.2.1), installed when this module is imported
(before annotation, so the annotator only sees the fixed method).

MinUntilMatchResult.search_next (a lazy repeat of a group, e.g. (?:b*)*?c)
protects against zero-width items only for fresh item matches, not for the
results it gets back by backtracking into a pending item: with a body that
can match empty it then loops forever, pushing ever more pending items.
Here the same protection also applies to backtracked results, which makes
the search finite (each item beyond the minimum consumes input)."""
from rpython.rlib.rsre import rsre_core, rsre_char
from rpython.rlib.rsre.rsre_core import sre_match, Pending


def search_next(self, ctx, resume):
    ppos = self.ppos
    min = ctx.pat(ppos + 1)
    max = ctx.pat(ppos + 2)
    ptr = self.cur_ptr
    marks = self.cur_marks
    while True:
        # try to match 'tail' if we have enough 'item'
        if not resume and self.num_pending >= min:
            result = sre_match(ctx, self.tailppos, ptr, marks)
            if result is not None:
                self.subresult = result
                self.cur_ptr = ptr
                self.cur_marks = marks
                return self
        resume = False

        if max == rsre_char.MAXREPEAT or self.num_pending < max:
            # try to match one more 'item'
            enum = sre_match(ctx, ppos + 3, ptr, marks)
            # zero-width match protection
            if self.num_pending >= min:
                while enum is not None and ptr == ctx.match_end:
                    enum = enum.move_to_next_result(ctx)
        else:
            enum = None    # 'max' reached, no more matches

        while enum is None:
            # 'item' does not match; try to get further results from
            # the 'pending' list.
            p = self.pending
            if p is None:
                return
            self.pending = p.next
            self.num_pending -= 1
            ptr = p.ptr
            marks = p.marks
            enum = p.enum.move_to_next_result(ctx)
            # zero-width match protection, also here (the fix)
            if self.num_pending >= min:
                while enum is not None and ptr == ctx.match_end:
                    enum = enum.move_to_next_result(ctx)

        # matched one more 'item'.  record it and continue
        self.pending = Pending(ptr, marks, enum, self.pending)
        self.num_pending += 1
        ptr = ctx.match_end
        marks = ctx.match_marks


rsre_core.MinUntilMatchResult.search_next = search_next
