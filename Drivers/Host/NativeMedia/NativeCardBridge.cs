using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BwcFirmware.Shared.Card;

namespace BwcFirmware.Drivers.Host.NativeMedia
{
    /// <summary>
    /// The card as the native path's file operations (nm_file.h) over an <see cref="ICardFileSystem"/>: each
    /// operation is a callback into managed code, so the native engine meets exactly the card the managed engine
    /// meets (the simulator's power cuts with a torn tail, card full, removal, write errors). A card refusal is
    /// kept (<see cref="LastFault"/>) and returned as the nm_result the C side expects; no exception crosses into C.
    /// </summary>
    internal sealed unsafe class NativeCardBridge : IDisposable
    {
        private const int Ok = 0;
        private const int WriteError = -5;
        private const int Full = -6;
        private const int Removed = -7;
        private const int MaxFiles = 4;

        // One table for every bridge, in native memory for the process's life; the context tells bridges apart.
        private static readonly IntPtr s_ops = MakeOps();

        private readonly ICardFileSystem _card;
        private readonly ICardFile[] _writers = new ICardFile[MaxFiles];
        private readonly string[] _paths = new string[MaxFiles];
        private readonly long[] _readAt = new long[MaxFiles];
        private byte[] _scratch;
        private GCHandle _self;

        // An nm_file* points at a cell {bridge handle, slot}, in native memory so the C side may hold it.
        private IntPtr* _cells;

        public NativeCardBridge(ICardFileSystem card, int scratchBytes)
        {
            _card = card;
            _scratch = new byte[scratchBytes];
            _self = GCHandle.Alloc(this);
            _cells = (IntPtr*)NativeMemory.AllocZeroed((nuint)(2 * MaxFiles * sizeof(IntPtr)));
            for (int i = 0; i < MaxFiles; i++)
            {
                _cells[2 * i] = GCHandle.ToIntPtr(_self);
                _cells[(2 * i) + 1] = i;
            }
        }

        /// <summary>The nm_file_ops table.</summary>
        public static IntPtr Ops => s_ops;

        /// <summary>The context the table's create and open_read receive.</summary>
        public IntPtr Context => GCHandle.ToIntPtr(_self);

        /// <summary>The last refusal the card gave, or null.</summary>
        public CardException LastFault { get; private set; }

        /// <summary>Forgets the last refusal (before a call whose failure is to be told).</summary>
        public void ClearFault()
        {
            LastFault = null;
        }

        public void Dispose()
        {
            for (int i = 0; i < MaxFiles; i++)
            {
                Release(i);
            }

            if (_self.IsAllocated)
            {
                _self.Free();
            }

            if (_cells != null)
            {
                NativeMemory.Free(_cells);
                _cells = null;
            }
        }

        private static IntPtr MakeOps()
        {
            IntPtr* slots = (IntPtr*)NativeMemory.AllocZeroed((nuint)(7 * sizeof(IntPtr)));
            slots[0] = (IntPtr)(delegate* unmanaged[Cdecl]<IntPtr, byte*, IntPtr*, int>)&Create;
            slots[1] = (IntPtr)(delegate* unmanaged[Cdecl]<IntPtr, byte*, IntPtr*, int>)&OpenRead;
            slots[2] = (IntPtr)(delegate* unmanaged[Cdecl]<IntPtr, byte*, nuint, int>)&Write;
            slots[3] = (IntPtr)(delegate* unmanaged[Cdecl]<IntPtr, uint, byte*, nuint, int>)&WriteAt;
            slots[4] = (IntPtr)(delegate* unmanaged[Cdecl]<IntPtr, byte*, nuint, nuint*, int>)&Read;
            slots[5] = (IntPtr)(delegate* unmanaged[Cdecl]<IntPtr, int>)&Flush;
            slots[6] = (IntPtr)(delegate* unmanaged[Cdecl]<IntPtr, int>)&Close;
            return (IntPtr)slots;
        }

        [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
        private static int Create(IntPtr context, byte* path, IntPtr* file)
        {
            NativeCardBridge bridge = From(context);
            string name = Marshal.PtrToStringUTF8((IntPtr)path) ?? string.Empty;
            try
            {
                int slot = bridge.FreeSlot(name);
                bridge._writers[slot] = bridge._card.Create(name);
                bridge._paths[slot] = name;
                *file = (IntPtr)(bridge._cells + (2 * slot));
                return Ok;
            }
            catch (Exception e)
            {
                return bridge.Refused(e, name);
            }
        }

        [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
        private static int OpenRead(IntPtr context, byte* path, IntPtr* file)
        {
            NativeCardBridge bridge = From(context);
            string name = Marshal.PtrToStringUTF8((IntPtr)path) ?? string.Empty;
            try
            {
                if (!bridge._card.FileExists(name))
                {
                    throw new CardException(CardFault.NotFound, name);
                }

                int slot = bridge.FreeSlot(name);
                bridge._paths[slot] = name;
                bridge._readAt[slot] = 0;
                *file = (IntPtr)(bridge._cells + (2 * slot));
                return Ok;
            }
            catch (Exception e)
            {
                return bridge.Refused(e, name);
            }
        }

        [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
        private static int Write(IntPtr file, byte* data, nuint count)
        {
            NativeCardBridge bridge = Owner(file, out int slot);
            try
            {
                byte[] scratch = bridge.Scratch((int)count);
                new ReadOnlySpan<byte>(data, (int)count).CopyTo(scratch);
                bridge._writers[slot].Write(scratch, 0, (int)count);
                return Ok;
            }
            catch (Exception e)
            {
                return bridge.Refused(e, bridge._paths[slot]);
            }
        }

        [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
        private static int WriteAt(IntPtr file, uint offset, byte* data, nuint count)
        {
            NativeCardBridge bridge = Owner(file, out int slot);
            try
            {
                byte[] scratch = bridge.Scratch((int)count);
                new ReadOnlySpan<byte>(data, (int)count).CopyTo(scratch);
                bridge._writers[slot].WriteAt(offset, scratch, 0, (int)count);
                return Ok;
            }
            catch (Exception e)
            {
                return bridge.Refused(e, bridge._paths[slot]);
            }
        }

        [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
        private static int Read(IntPtr file, byte* buffer, nuint count, nuint* got)
        {
            NativeCardBridge bridge = Owner(file, out int slot);
            *got = 0;
            try
            {
                byte[] scratch = bridge.Scratch((int)count);
                int read = bridge._card.Read(bridge._paths[slot], bridge._readAt[slot], scratch, 0, (int)count);
                new ReadOnlySpan<byte>(scratch, 0, read).CopyTo(new Span<byte>(buffer, (int)count));
                bridge._readAt[slot] += read;
                *got = (nuint)read;
                return Ok;
            }
            catch (Exception e)
            {
                return bridge.Refused(e, bridge._paths[slot]);
            }
        }

        [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
        private static int Flush(IntPtr file)
        {
            NativeCardBridge bridge = Owner(file, out int slot);
            try
            {
                bridge._writers[slot]?.Flush();
                return Ok;
            }
            catch (Exception e)
            {
                return bridge.Refused(e, bridge._paths[slot]);
            }
        }

        [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
        private static int Close(IntPtr file)
        {
            NativeCardBridge bridge = Owner(file, out int slot);
            string path = bridge._paths[slot];
            ICardFile writer = bridge._writers[slot];
            bridge.Release(slot);
            try
            {
                writer?.Dispose();
                return Ok;
            }
            catch (Exception e)
            {
                return bridge.Refused(e, path);
            }
        }

        private static NativeCardBridge From(IntPtr context) => (NativeCardBridge)GCHandle.FromIntPtr(context).Target!;

        private static NativeCardBridge Owner(IntPtr file, out int slot)
        {
            IntPtr* cell = (IntPtr*)file;
            slot = (int)cell[1];
            return From(cell[0]);
        }

        private int FreeSlot(string path)
        {
            for (int i = 0; i < MaxFiles; i++)
            {
                if (_paths[i] == null)
                {
                    return i;
                }
            }

            throw new CardException(CardFault.WriteError, path);
        }

        private void Release(int slot)
        {
            _writers[slot] = null;
            _paths[slot] = null;
            _readAt[slot] = 0;
        }

        private byte[] Scratch(int count)
        {
            if (_scratch.Length < count)
            {
                _scratch = new byte[count];
            }

            return _scratch;
        }

        private int Refused(Exception e, string path)
        {
            CardException fault = e as CardException ?? new CardException(CardFault.WriteError, path);
            LastFault = fault;
            return fault.Fault == CardFault.Full ? Full : fault.Fault == CardFault.Removed ? Removed : WriteError;
        }
    }
}
