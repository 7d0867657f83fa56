import { renderHook, act } from '@testing-library/react';
import type { ReactNode } from 'react';
import { FamilyApiProvider } from '../../api/FamilyApiProvider';
import { fakeFamilyApi } from '../../testing/fakes';
import { fileOf } from '../../testing/renderPage';
import { useAttachmentUploads } from './useAttachmentUploads';

function wrapper({ children }: { children: ReactNode }) {
  return <FamilyApiProvider api={fakeFamilyApi()}>{children}</FamilyApiProvider>;
}

describe('choosing files to send', () => {
  it('keeps at most 5, saying so with the shared schema’s message', () => {
    const { result } = renderHook(() => useAttachmentUploads(), { wrapper });
    act(() => result.current.choose([1, 2, 3, 4, 5, 6].map((n) => fileOf(`scan-${n}.pdf`, 'application/pdf'))));
    expect(result.current.files.map(({ file }) => file.name)).toEqual(['scan-1.pdf', 'scan-2.pdf', 'scan-3.pdf', 'scan-4.pdf', 'scan-5.pdf']);
    expect(result.current.error).toEqual({ message: 'Attach up to 5 files' });
  });

  it('replaces the file of a single-file field', () => {
    const { result } = renderHook(() => useAttachmentUploads({ max: 1 }), { wrapper });
    act(() => result.current.choose([fileOf('first.pdf', 'application/pdf')], { replace: true }));
    act(() => result.current.choose([fileOf('second.pdf', 'application/pdf')], { replace: true }));
    expect(result.current.files.map(({ file }) => file.name)).toEqual(['second.pdf']);
    expect(result.current.error).toBeNull();
  });
});
